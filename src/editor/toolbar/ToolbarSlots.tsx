import { SearchBox } from '../search/SearchBox';
import { ExportMenu } from '../../export/ExportMenu';
import { DocumentsMenu } from '../../persistence/DocumentsMenu';

/**
 * Where the documents menu, the search box and the export menu plug into the
 * toolbar. Each lives in its own folder (persistence/, editor/search/, export/).
 */
export function ToolbarSlots() {
  return (
    <>
      <DocumentsMenu />
      <ExportMenu />
      <SearchBox />
    </>
  );
}
