import { DEMO_PERSONS } from '@casework/contracts';
import { type EntityManager } from '@mikro-orm/postgresql';
import { seedAdminRequestCategories } from '../admin-request/admin-request-category.service.js';
import { NotePriority, NoteSensitivity } from '../note/note-enums.js';
import { NoteVersion } from '../note/note-version.entity.js';
import { Note } from '../note/note.entity.js';

const author = { id: 'demo-caseworker', name: 'Clara Caseworker' };
const notes = [
  {
    id: '0b9e5f5a-0003-4000-8000-000000000001',
    subjectId: DEMO_PERSONS.annaSchmidt,
    priority: NotePriority.NORMAL,
    sensitivity: NoteSensitivity.STANDARD,
    versions: [
      'First contact by phone; asked about home-care support.',
      'First contact by phone; asked about home-care support for her mother (3 days a week).',
    ],
  },
  {
    id: '0b9e5f5a-0003-4000-8000-000000000002',
    subjectId: DEMO_PERSONS.annaSchmidt,
    priority: NotePriority.HIGH,
    sensitivity: NoteSensitivity.CONFIDENTIAL,
    versions: ['Medical certificate received; benefit assessment can start.'],
  },
  {
    id: '0b9e5f5a-0003-4000-8000-000000000003',
    subjectId: DEMO_PERSONS.marcoRossi,
    priority: NotePriority.NORMAL,
    sensitivity: NoteSensitivity.STANDARD,
    versions: ['Prefers letters in Italian. Call after 14:00.'],
  },
];

/** Inserts the demo notes (with their versions) that are missing. */
export async function seedDemoData(em: EntityManager): Promise<void> {
  await seedAdminRequestCategories(em);
  const existing = new Set(
    (await em.find(Note, { id: { $in: notes.map((n) => n.id) } })).map((n) => n.id),
  );
  for (const { versions, ...data } of notes) {
    if (existing.has(data.id)) continue;
    const note = em.create(Note, {
      ...data,
      text: versions.at(-1)!,
      createdById: author.id,
      createdBy: author.name,
      createdAt: new Date(Date.UTC(2026, 10, 2, 9, 30)),
      version: versions.length,
    });
    versions.forEach((text, i) =>
      em.create(NoteVersion, {
        note,
        number: i + 1,
        text,
        priority: data.priority,
        sensitivity: data.sensitivity,
        editedById: author.id,
        editedBy: author.name,
        editedAt: new Date(Date.UTC(2026, 10, 2 + i, 9, 30)),
      }),
    );
  }
  await em.flush();
}
