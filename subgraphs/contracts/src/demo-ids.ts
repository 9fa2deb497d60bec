/**
 * Fixed ids of the demo records, so each subgraph can seed its part idempotently and demo notes
 * point at demo persons without one subgraph reading another's tables.
 */
export const DEMO_PERSONS = {
  annaSchmidt: '0b9e5f5a-0001-4000-8000-000000000001',
  marcoRossi: '0b9e5f5a-0001-4000-8000-000000000002',
  leaMueller: '0b9e5f5a-0001-4000-8000-000000000003',
  giuliaBianchi: '0b9e5f5a-0001-4000-8000-000000000004',
  jonasWeber: '0b9e5f5a-0001-4000-8000-000000000005',
} as const;

export const DEMO_PROVIDERS = {
  sonnenhof: '0b9e5f5a-0002-4000-8000-000000000001',
  casaAperta: '0b9e5f5a-0002-4000-8000-000000000002',
  mobilDienst: '0b9e5f5a-0002-4000-8000-000000000003',
} as const;

/** Portal users: the gateway's sign-in and the providers subgraph's portal account share the id. */
export const DEMO_PORTAL_ACCOUNTS = {
  paulaProvider: '0b9e5f5a-0003-4000-8000-000000000001',
  peterProviderAdmin: '0b9e5f5a-0003-4000-8000-000000000002',
} as const;
