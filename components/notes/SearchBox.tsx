/** Props of SearchBox. */
export interface SearchBoxProps {
  value: string;
  onInput: (value: string) => void;
}

/** The full-text search box (accessible name "Search"); answers while typing. */
export function SearchBox({ value, onInput }: SearchBoxProps) {
  return (
    <search class="search">
      <label for="notes-search" class="sr-only">
        Search
      </label>
      <input
        id="notes-search"
        type="search"
        placeholder="Search quotes, notes, tags, speakers, titles"
        autocomplete="off"
        spellcheck={false}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </search>
  );
}
