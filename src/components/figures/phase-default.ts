// The phase figure's default state as the build ships it: the theory and the measured grid, made once per build
// (the es and en chapters and the embed pages share them). A reader who changes nothing then starts no worker and
// fetches none of its script; the figure's numbers and caption are there without JavaScript too.
import { computeMeasured, computeTheory } from '../../sims/phase/rounds';
import { measureOptions, phaseData, type PhaseData } from '../../sims/phase/model';
import { PHASE_DEFAULTS } from '../../sims/phase/defaults';

let made: PhaseData | null = null;

/** The default state's data, theory and measurement whole. */
export function phaseDefaultData(): PhaseData {
  made ??= phaseData(PHASE_DEFAULTS, computeTheory(PHASE_DEFAULTS.activation), computeMeasured(measureOptions(PHASE_DEFAULTS)));
  return made;
}
