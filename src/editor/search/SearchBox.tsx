/** Placeholder: search by name in kk/ru/en with zoom to the unit lands here. */
export function SearchBox() {
  return null;
}
