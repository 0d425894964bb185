import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import ArticleView from '@/components/article-view';
import DownloadLinks from '@/components/download-links';
import { findArticle } from '@/lib/library';
import { titleOf } from '@/lib/summary';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/articles/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const article = findArticle(slug);
  return { title: article?.doc ? titleOf(article.doc, slug) : 'Not found' };
}

export default async function ArticlePage({ params }: PageProps<'/articles/[slug]'>): Promise<ReactNode> {
  const { slug } = await params;
  const article = findArticle(slug);
  if (!article?.doc) notFound();
  return <ArticleView doc={article.doc} downloads={<DownloadLinks slug={article.slug} lang={article.doc.lang} />} />;
}
