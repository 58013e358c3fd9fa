import { devConfig } from './dev.js';

export interface ArkiConfig {
  /** Log dev warnings for misuse (default true). */
  warnings?: boolean;
}

/** Library-wide configuration; set once per page. @since 0.1.0 */
export function configureArki(config: ArkiConfig): void {
  if (config.warnings !== undefined) devConfig.warnings = config.warnings;
}
