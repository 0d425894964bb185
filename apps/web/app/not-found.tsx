import Link from 'next/link';
import type { ReactNode } from 'react';

export default function NotFound(): ReactNode {
  return (
    <div className="page">
      <h1>Not found</h1>
      <p>
        There is no article here. Go back to the <Link href="/">library</Link> or <Link href="/read">read one of your own</Link>.
      </p>
    </div>
  );
}
