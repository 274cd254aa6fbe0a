// Which engine kernels an island's main-thread model runs on, for its figure's data-kernels attribute (tests and
// curious readers: inspect the figure). Starts engineReady() so that, where a page refused the synchronous compile,
// the WebAssembly kernels arrive for the next input; until then the JS kernels draw.
import { engineReady, kernelInfo, type KernelSet } from '../../engine/wasm/runtime';

export class EngineKernels {
  active: KernelSet = $state(kernelInfo().active);

  constructor() {
    void engineReady().then((info) => { this.active = info.active; });
  }
}
