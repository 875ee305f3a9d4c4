import {
  ACCOUNT_EVENT_SCHEMAS,
  ACCOUNT_UPCASTERS,
  CURRENT_SCHEMA_VERSION,
  type EventVersionSchema,
  type FieldSchema,
} from '../../domain/account/upcast';
import { useId } from 'react';
import './schema.css';

const KIND_TEXT: Record<FieldSchema['kind'], string> = {
  text: 'text',
  cents: 'integer cents',
  decimal: 'decimal units',
};

function fieldsText({ fields }: EventVersionSchema): string {
  if (fields.length === 0) return 'no data';
  return fields.map((field) => `${field.name} (${KIND_TEXT[field.kind]})`).join(', ');
}

/**
 * The event types, their schema versions and the upcasters, read from the registry the code runs on
 * (domain/account/upcast.ts), so this list cannot drift from what the app does.
 */
export function SchemaPanel() {
  const titleId = useId();
  const schemaUrl = `${import.meta.env.BASE_URL}chronoledger-events.schema.json`;
  return (
    <section aria-labelledby={titleId} className="data-table schema-panel">
      <h2 id={titleId}>Schema</h2>
      <p className="hint">
        Events are stored as written and upcast to version {CURRENT_SCHEMA_VERSION} whenever they are read.
        Import files follow the <a href={schemaUrl}>chronoledger-events JSON Schema</a>.
      </p>
      <div className="table-scroll">
        <table>
          <caption>Event types</caption>
          <thead>
            <tr>
              <th scope="col">Type</th>
              <th scope="col">Version</th>
              <th scope="col">Data</th>
            </tr>
          </thead>
          <tbody>
            {ACCOUNT_EVENT_SCHEMAS.flatMap((schema) =>
              schema.versions.map((version) => (
                <tr key={`${schema.type}@${version.version}`}>
                  <td>{schema.type}</td>
                  <td>
                    {version.version}
                    {version.version === CURRENT_SCHEMA_VERSION ? ' (current)' : ''}
                  </td>
                  <td className="schema-fields">{fieldsText(version)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
      <div className="table-scroll">
        <table>
          <caption>Upcasters</caption>
          <thead>
            <tr>
              <th scope="col">Type</th>
              <th scope="col">From → to</th>
              <th scope="col">What changes</th>
            </tr>
          </thead>
          <tbody>
            {ACCOUNT_UPCASTERS.map((step) => (
              <tr key={`${step.type}@${step.fromVersion}`}>
                <td>{step.type}</td>
                <td>
                  v{step.fromVersion} → v{step.toVersion}
                </td>
                <td className="schema-fields">{step.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
