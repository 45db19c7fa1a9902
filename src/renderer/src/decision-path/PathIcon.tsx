/** A small branching-path glyph, drawn like the shared 16px icons (kept here: Icon's set is shared). */
export function PathIcon() {
  return (
    <svg className="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M4 2.75v10.5M4 6.5c0 2 1.5 2.75 3.5 2.75H10M10 9.25a1.75 1.75 0 1 0 3.5 0 1.75 1.75 0 0 0-3.5 0ZM2.25 13.25h3.5"
        fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round"
      />
    </svg>
  );
}
