import Link from 'next/link';
import type { ReactNode } from 'react';

/** The bar on every page: the name and the three places to go. */
export default function SiteHeader(): ReactNode {
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Maqal <span lang="ar">مقال</span>
      </Link>
      <nav aria-label="Main">
        <ul>
          <li>
            <Link href="/" className="nav-link">
              Library
            </Link>
          </li>
          <li>
            <Link href="/speakers" className="nav-link">
              Who said what
            </Link>
          </li>
          <li>
            <Link href="/read" className="nav-link">
              Read your own
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
