// MovingClock (moving.ts) as reactive state: `moving.active` in a chart's render makes it redraw when a drag
// starts and when it settles.
import { MovingClock } from './moving';

export class Moving {
  active = $state(false);
  private readonly clock = new MovingClock((a) => { this.active = a; });

  poke(): void { this.clock.poke(); }
  dispose(): void { this.clock.dispose(); }
}
