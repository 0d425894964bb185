/** Who puts right-to-left text in visual order: the reader (`app`), the terminal, or nobody. */
export type BidiMode = 'auto' | 'app' | 'terminal' | 'off';
export type ResolvedBidi = Exclude<BidiMode, 'auto'>;

type Env = Record<string, string | undefined>;

/**
 * `auto` trusts the terminals known to run the bidi algorithm themselves (Konsole, mlterm,
 * Apple Terminal); everywhere else the reader reorders, since reordering twice scrambles text.
 * Inside tmux or screen the outer terminal only sees tmux's cells, so the reader reorders there too.
 */
export function resolveBidi(mode: BidiMode, env: Env = process.env): ResolvedBidi {
  if (mode !== 'auto') return mode;
  if (env.TMUX || env.STY) return 'app';
  if (env.KONSOLE_VERSION || env.KONSOLE_DBUS_SESSION) return 'terminal';
  if (env.TERM_PROGRAM === 'Apple_Terminal') return 'terminal';
  if (env.MLTERM || env.TERM?.startsWith('mlterm')) return 'terminal';
  return 'app';
}

/**
 * VTE (GNOME Terminal, Tilix, …) reorders by itself in its default "implicit" mode. When the
 * reader does the work (or is told nobody should), switch VTE to explicit mode (BDSM, `CSI 8 l`)
 * on start and back (`CSI 8 h`) on exit.
 */
export function bidiControl(resolved: ResolvedBidi, env: Env = process.env): { enter: string; leave: string } {
  if (env.VTE_VERSION && resolved !== 'terminal') return { enter: '\x1b[8l', leave: '\x1b[8h' };
  return { enter: '', leave: '' };
}
