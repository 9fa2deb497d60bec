import { Button, Select, SelectItem, TextInput } from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { type MemberRole } from '../gql/graphql.js';
import { MEMBER_ROLES } from './member-roles.js';
import { type Chosen, PersonPicker } from './person-picker.js';

/** A further member of the new case, with role and optional end date. */
export interface MemberDraft extends Chosen {
  role: MemberRole;
  endDate: string;
}

/** Step 3: further members (not the primary client, each once). */
export function WizardMembersStep({
  members,
  primary,
  onMembers,
}: {
  members: MemberDraft[];
  primary: Chosen | null;
  onMembers(members: MemberDraft[]): void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {members.length === 0 && <p>{t('wizard.noMembers')}</p>}
      {members.map((m, i) => (
        <div key={m.id} className="cw-member-row" data-testid="wizard-member">
          <strong>{m.name}</strong>
          <Select
            id={`member-role-${i}`}
            labelText={t('wizard.role', { name: m.name })}
            value={m.role}
            onChange={(e) =>
              onMembers(
                members.map((x) =>
                  x.id === m.id ? { ...x, role: e.target.value as MemberRole } : x,
                ),
              )
            }
          >
            {MEMBER_ROLES.map((r) => (
              <SelectItem key={r} value={r} text={t(`enums.MemberRole.${r}`)} />
            ))}
          </Select>
          <TextInput
            id={`member-end-${i}`}
            labelText={t('wizard.endDate', { name: m.name })}
            helperText={t('dates.format')}
            value={m.endDate}
            onChange={(e) =>
              onMembers(members.map((x) => (x.id === m.id ? { ...x, endDate: e.target.value } : x)))
            }
          />
          <Button
            kind="ghost"
            size="sm"
            onClick={() => onMembers(members.filter((x) => x.id !== m.id))}
          >
            {t('wizard.remove', { name: m.name })}
          </Button>
        </div>
      ))}
      <PersonPicker
        id="wizard-member-search"
        label={t('wizard.findMember')}
        onPick={(p) => {
          if (p.id !== primary?.id && !members.some((m) => m.id === p.id))
            onMembers([...members, { ...p, role: 'MEMBER', endDate: '' }]);
        }}
      />
    </>
  );
}
