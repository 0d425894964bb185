'use client';

import { createContext } from 'react';

/** What the reader last sent to be read, so the rendered article can offer it as files. */
export interface ReadSource {
  body: Blob;
  contentType: string;
  /** True when core should detect the format itself. */
  detect: boolean;
  name: string;
}

export const ReadSourceContext = createContext<ReadSource | null>(null);
