/** Placeholder: the named documents (new from a template, rename, duplicate, delete), open and save land here. */
export function DocumentsMenu() {
  return null;
}
