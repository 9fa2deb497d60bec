import {
  Button,
  StructuredListBody,
  StructuredListCell,
  StructuredListRow,
  StructuredListWrapper,
  Tag,
} from '@carbon/react';
import { useTranslation } from 'react-i18next';

export interface Configured {
  id: string;
  version: number;
  name: string;
  active: boolean;
  detail?: string;
}

/** A list of configured items with active/inactive switches. */
export function ConfiguredList({
  label,
  items,
  onToggle,
}: {
  label: string;
  items: Configured[];
  onToggle: (item: Configured) => void;
}) {
  const { t } = useTranslation();
  return (
    <StructuredListWrapper aria-label={label}>
      <StructuredListBody>
        {items.map((item) => (
          <StructuredListRow key={item.id}>
            <StructuredListCell>
              {item.name} {item.detail && <span className="cw-muted">{item.detail}</span>}
            </StructuredListCell>
            <StructuredListCell>
              <Tag type={item.active ? 'green' : 'gray'}>
                {t(item.active ? 'config.active' : 'config.inactive')}
              </Tag>
            </StructuredListCell>
            <StructuredListCell>
              <Button kind="ghost" size="sm" onClick={() => onToggle(item)}>
                {t(item.active ? 'config.deactivate' : 'config.activate', { name: item.name })}
              </Button>
            </StructuredListCell>
          </StructuredListRow>
        ))}
      </StructuredListBody>
    </StructuredListWrapper>
  );
}
