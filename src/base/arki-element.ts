import { LocalizeController } from '../controllers/localize.js';
import { ArkiCoreElement } from './arki-core-element.js';

/**
 * The base of every Arki element: localisation (strings for the nearest `lang`, re-rendered
 * when it changes) on top of dev warnings and attribute checking (`ArkiCoreElement`).
 * @since 0.1.0
 */
export class ArkiElement extends ArkiCoreElement {
  /** Strings and formatters for the nearest `lang`. */
  protected readonly localize = new LocalizeController(this);
}
