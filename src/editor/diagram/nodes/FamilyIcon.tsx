import type { KindFamily } from '../../../../models/org/kinds';

/** Small line icons, one per family, so that families differ by shape as well as colour (projectors wash colours out). */
const PATHS: Record<KindFamily, string> = {
  generalOffice: 'M12 2 3 7v2h18V7l-9-5Zm-7 9v7h2v-7H5Zm4 0v7h2v-7H9Zm4 0v7h2v-7h-2Zm4 0v7h2v-7h-2ZM3 20v2h18v-2H3Z',
  gpoInternal: 'M4 4h16v4H4V4Zm0 6h10v4H4v-4Zm0 6h16v4H4v-4Z',
  departmental: 'M4 20V10h3v10H4Zm6 0V4h3v16h-3Zm6 0v-7h3v7h-3Z',
  academy: 'M12 3 1 9l11 6 9-4.9V17h2V9L12 3Zm-6 9.2v4L12 20l6-3.8v-4L12 15.5l-6-3.3Z',
  military: 'm12 2 2.9 6.1 6.6.8-4.9 4.6 1.3 6.5L12 16.8 6.1 20l1.3-6.5L2.5 8.9l6.6-.8L12 2Z',
  transport: 'M6 3h12a2 2 0 0 1 2 2v10a3 3 0 0 1-2.2 2.9L19 20h-2.4l-1.2-2H8.6l-1.2 2H5l1.2-2.1A3 3 0 0 1 4 15V5a2 2 0 0 1 2-2Zm0 3v4h12V6H6Zm1.5 7a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm9 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Z',
  oblast: 'M3 6l6-3 6 3 6-3v15l-6 3-6-3-6 3V6Zm6-.8v12.6l6 3V8.2l-6-3Z',
  district: 'M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7Zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5Z',
  council: 'M12 4a3 3 0 1 1 0 6 3 3 0 0 1 0-6ZM5 7a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5Zm14 0a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5ZM12 12c3.3 0 6 1.8 6 4v2H6v-2c0-2.2 2.7-4 6-4Zm-7 1c.6 0 1.2.1 1.7.2A4.4 4.4 0 0 0 5 16v2H0v-1.7C0 14.5 2.2 13 5 13Zm14 0c2.8 0 5 1.5 5 3.3V18h-5v-2c0-1.1-.6-2-1.7-2.8.5-.1 1.1-.2 1.7-.2Z',
  collegium: 'M12 2 4 6v2h16V6l-8-4ZM5 9v8h3V9H5Zm5.5 0v8h3V9h-3ZM16 9v8h3V9h-3ZM3 18v3h18v-3H3Z',
  external: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm6.9 6h-3a15.7 15.7 0 0 0-1.4-3.6A8 8 0 0 1 18.9 8ZM12 4c.8 1.2 1.5 2.5 1.9 4h-3.8c.4-1.5 1.1-2.8 1.9-4ZM4.3 14a8 8 0 0 1 0-4h3.4a16.5 16.5 0 0 0 0 4H4.3Zm.8 2h3a15.7 15.7 0 0 0 1.4 3.6A8 8 0 0 1 5.1 16ZM8 8H5.1a8 8 0 0 1 4.4-3.6C8.9 5.5 8.4 6.7 8 8Zm4 12c-.8-1.2-1.5-2.5-1.9-4h3.8c-.4 1.5-1.1 2.8-1.9 4Zm2.3-6H9.7a14.7 14.7 0 0 1 0-4h4.6a14.7 14.7 0 0 1 0 4Zm.3 5.6c.6-1.1 1.1-2.3 1.4-3.6h3a8 8 0 0 1-4.4 3.6Zm1.7-5.6a16.5 16.5 0 0 0 0-4h3.4a8 8 0 0 1 0 4h-3.4Z',
};

export function FamilyIcon({ family }: { family: KindFamily }) {
  return (
    <svg className="unit-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
      <path d={PATHS[family]} fill="currentColor" />
    </svg>
  );
}
