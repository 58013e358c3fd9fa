import { defineStrings } from './strings.js';

/** Strings of `arki-step-guide` (GOV.UK step-by-step navigation). @since 0.1.0 */
export interface StepGuideStrings {
  stepGuideShowAll: string;
  stepGuideHideAll: string;
  /** Visible part of a step's button. */
  stepGuideShow: string;
  stepGuideHide: string;
  /** Read after it, visually hidden: "Näytä tämä vaihe". */
  stepGuideThisStep: string;
  /** Read before the number: "Vaihe 1". */
  stepGuideStep: string;
  /** Logic labels in place of a number: a step done with, or instead of, the one before. */
  stepGuideAnd: string;
  stepGuideOr: string;
  /** The visible marker of the current step. */
  stepGuideCurrent: string;
}

export const stepGuideStrings = defineStrings<StepGuideStrings>({
  fi: {
    stepGuideShowAll: 'Näytä kaikki vaiheet',
    stepGuideHideAll: 'Piilota kaikki vaiheet',
    stepGuideShow: 'Näytä',
    stepGuideHide: 'Piilota',
    stepGuideThisStep: 'tämä vaihe',
    stepGuideStep: 'Vaihe',
    stepGuideAnd: 'ja',
    stepGuideOr: 'tai',
    stepGuideCurrent: 'Olet tässä',
  },
  sv: {
    stepGuideShowAll: 'Visa alla steg',
    stepGuideHideAll: 'Dölj alla steg',
    stepGuideShow: 'Visa',
    stepGuideHide: 'Dölj',
    stepGuideThisStep: 'detta steg',
    stepGuideStep: 'Steg',
    stepGuideAnd: 'och',
    stepGuideOr: 'eller',
    stepGuideCurrent: 'Du är här',
  },
  en: {
    stepGuideShowAll: 'Show all steps',
    stepGuideHideAll: 'Hide all steps',
    stepGuideShow: 'Show',
    stepGuideHide: 'Hide',
    stepGuideThisStep: 'this step',
    stepGuideStep: 'Step',
    stepGuideAnd: 'and',
    stepGuideOr: 'or',
    stepGuideCurrent: 'You are here',
  },
});
