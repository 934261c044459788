/** Links to a long screen's sections, so a reader on a phone goes straight to the one they need. */
export function OnThisPage({ sections }: { sections: ReadonlyArray<readonly [id: string, label: string]> }) {
  return (
    <nav aria-label="On this page" className="margin-y-2">
      <p className="text-bold margin-bottom-05">On this page</p>
      <ul className="usa-list usa-list--unstyled">
        {sections.map(([id, label]) => (
          <li key={id} className="margin-bottom-05">
            <a href={`#${id}`}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
