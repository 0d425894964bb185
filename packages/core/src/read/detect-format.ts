import type { InputFormat } from '../model/types.js';

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<!--)/i;
const HTML_TAGS = /<(?:p|div|h[1-6]|article|section|span|br|a)[\s>/]/gi;
const MD_HINTS = /^(?:#{1,6}\s|[-*+]\s|>\s|\d+\.\s|```)/m;

/** Guesses the format from the first 4 KB: markup at the start, or many tags, is HTML. */
export function detectFormat(text: string): InputFormat {
  const head = text.slice(0, 4096);
  if (HTML_START.test(head)) return 'html';
  const tags = head.match(HTML_TAGS);
  if (tags && tags.length >= 3) return 'html';
  if (MD_HINTS.test(head) && /^#{1,6}\s/m.test(head) && /\*\*|\[[^\]\n]{1,200}\]\(|^[-*+]\s|^>\s/m.test(head)) return 'markdown';
  return 'text';
}
