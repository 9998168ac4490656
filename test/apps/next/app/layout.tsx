import Link from 'next/link';
import type {ReactNode} from 'react';
// The place each element keeps until its story shows (docs/frameworks.md).
import 'story-widgets/story-widgets.css';

export const metadata = {title: 'story-widgets in Next.js', icons: {icon: 'data:,'}};

export default function RootLayout({children}: {children: ReactNode}) {
  return (
    <html lang="en">
      <body>
        <nav>
          <Link href="/">Home</Link> · <Link href="/wrappers">Wrappers with src</Link> ·{' '}
          <Link href="/server-story">A story from a server component</Link> ·{' '}
          <Link href="/server-output">Server output</Link> · <Link href="/react-19">React 19 tags</Link>
        </nav>
        <main>{children}</main>
      </body>
    </html>
  );
}
