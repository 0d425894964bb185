import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import ReadForm from '@/components/read-form';
import { readArticle } from './actions';

export const metadata: Metadata = { title: 'Read your own' };

export default function ReadPage(): ReactNode {
  return (
    <div className="page read-page">
      <h1>Read your own article</h1>
      <ReadForm action={readArticle} />
    </div>
  );
}
