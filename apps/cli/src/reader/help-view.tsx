import { Box, Text, useInput, useStdin } from 'ink';
import { useState } from 'react';
import { splitKeys } from './key-input.js';
import type { KeyHelp } from './keys.js';
import StatusLine from './status-line.js';
import type { TerminalSize } from './use-terminal-size.js';

export interface HelpViewProps {
  sections: { title: string; keys: KeyHelp[] }[];
  size: TerminalSize;
  onClose: () => void;
}

/** `?`: every key, from the same tables the views act on. j/k scroll when it does not fit. */
export default function HelpView({ sections, size, onClose }: HelpViewProps) {
  const { isRawModeSupported } = useStdin();
  const [top, setTop] = useState(0);
  const keyWidth = Math.max(...sections.flatMap((s) => s.keys.map((k) => k.keys.length))) + 3;
  const lines: { text: string; bold?: boolean }[] = [];
  for (const section of sections) {
    if (lines.length > 0) lines.push({ text: '' });
    lines.push({ text: section.title, bold: true });
    for (const key of section.keys) lines.push({ text: `  ${key.keys.padEnd(keyWidth)}${key.action}` });
  }
  const height = Math.max(1, size.rows - 2);
  const maxTop = Math.max(0, lines.length - height);
  useInput(
    (chunk, chunkKey) => {
      for (const [input, key] of splitKeys(chunk, chunkKey)) {
        if (key.escape || input === 'q' || input === '?') {
          onClose();
          return;
        }
        if (key.downArrow || input === 'j' || key.return) setTop((t) => Math.min(maxTop, t + 1));
        else if (key.upArrow || input === 'k') setTop((t) => Math.max(0, t - 1));
        else if (key.pageDown || input === ' ') setTop((t) => Math.min(maxTop, t + height));
        else if (key.pageUp || input === 'b') setTop((t) => Math.max(0, t - height));
      }
    },
    { isActive: isRawModeSupported === true },
  );
  return (
    <Box flexDirection="column" height={size.rows}>
      <Text bold>{'  Maqal — keys'}</Text>
      <Box flexDirection="column" height={height}>
        {lines.slice(top, top + height).map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: help lines are static text
          <Text key={top + i} bold={line.bold ?? false} wrap="truncate">
            {`  ${line.text}`}
          </Text>
        ))}
      </Box>
      <StatusLine left="Help" right="Esc / q / ? back" width={size.columns} />
    </Box>
  );
}
