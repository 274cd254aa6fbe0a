// The simulate CLI's --help text (kept beside the parser's names so the lists cannot drift).

import { ACTIVATION_NAMES } from '../../src/engine/activations.ts';
import { INIT_NAMES } from '../../src/engine/init.ts';
import { DATASET_NAMES } from '../../src/engine/data/datasets.ts';
import { RECURRENT_DEFAULTS as R, RECURRENT_DTYPES, RECURRENT_INITS } from './recurrent-args.ts';
import { CELL_NAMES } from '../../src/engine/recurrent/model.ts';
import { TASK_NAMES } from '../../src/engine/recurrent/tasks.ts';
import { CLI_DEFAULTS as D, DTYPES, KERNEL_CHOICES, LOSS_NAMES, OPTIMIZER_NAMES, RESIDUAL_MODES, SKIP_INITS } from './args.ts';

/** The usage text printed by --help. */
export function helpText(): string {
  return `Usage: npm run simulate -- [flags]

One forward/backward pass of a fully connected network on a seeded batch, then per-layer diagnostics:
‖W‖, ‖∂J/∂W‖ (weight gradient), ‖Δ‖ rms (backpropagated error Δ^(l) = ∂J/∂Z^(l)), mean g'(Z^(l)), and
equation (4)'s running product of mean g' from the last hidden layer back to l, as a float64 log10 and as
the float32 value (rounded after every multiply; marked underflow / subnormal / overflow).
Layers run from the first hidden layer to the output layer (marked "out").

Network
  --depth L            hidden layers (default ${D.depth})
  --width n            hidden width (default ${D.width})
  --activation NAME    ${ACTIVATION_NAMES.join(', ')} (default ${D.activation})
  --init NAME          ${INIT_NAMES.join(', ')}
                       (default ${D.init}; if --sigma-w is given without --init: normal)
  --sigma-w S          weight scale for normal/uniform (weights N(0, S²/fan_in)), orthogonal's gain and the
                       random skip matrix's scale (default ${D.sigmaW})
  --sigma-b S          bias std (default ${D.sigmaB})
  --batch-norm         batch norm (train mode: batch statistics) before the activation
  --residual MODE      ${RESIDUAL_MODES.join(', ')} (default ${D.residual}): A^(l) = g(… + A^(l-2) W^(l-2,l))
  --skip-init INIT     ${SKIP_INITS.join(', ')} (default ${D.skipInit}): start of a trainable skip matrix

Data and loss
  --dataset NAME       ${DATASET_NAMES.join(', ')} (default ${D.dataset}: 2-D inputs in [-1, 1]², 2 classes;
                       regression is 1-D, y = sin(3x) + noise). The batch is the first B examples made from --seed.
  --batch B            batch size (default ${D.batch})
  --loss NAME          ${LOSS_NAMES.join(', ')} (default cross-entropy, mse for regression);
                       mse = mean over the batch of ½‖y − t‖², cross-entropy = mean of −log softmax(y)[class]

Runs
  --seed N             seed of the weights and of the data (default ${D.seed})
  --seeds K            summarise seeds N … N+K−1: median [min, max] per layer (default ${D.seeds})
  --dtype T            ${DTYPES.join(', ')} (default ${D.dtype}). float16 and bfloat16 run a
                       float64 network and recompute its backward pass with every stored value (Δ, Δ Wᵀ, g', W, A)
                       rounded to the format; the table shows ‖Δ‖ and ‖∂J/∂W‖ in float64 beside the format's, and
                       the first layer whose gradient is all exact zeros (plain stacks, one seed: no --batch-norm,
                       --residual or --seeds)
  --loss-scale S       float16/bfloat16: multiply the loss by S, divide the gradients by S after the rounding, as
                       mixed-precision training does; S > 0, or 2^k (e.g. 2^10) (default ${D.lossScale})
  --kernels K          ${KERNEL_CHOICES.join(', ')}: the engine's WebAssembly SIMD or JS kernels for float32
                       (default ${D.kernels}: WebAssembly when it compiles here)
  --train STEPS        train full-batch on the B examples first, printing the loss ~10 times (default ${D.train})
  --optimizer NAME     ${OPTIMIZER_NAMES.join(', ')} (default ${D.optimizer})
  --lr X               learning rate (default ${D.lr})
  --clip X             clip gradients to global norm X (default ${D.clip} = off)

Output
  --json               JSON on stdout: { config, loss, lossValue, layers: [...] }, layers from the first hidden
                       to the output, each with layer, weightNorm, weightRms, gradNorm, gradRms, deltaNorm, deltaRms,
                       meanDerivative, log10Product, float32Product and the underflow/subnormal/overflow/nan flags.
                       With --seeds K each number is the median and "bands" holds { median, q1, q3, min, max }.
                       float16/bfloat16 add "format": { format, lossScale, firstZeroLayer, overflow, layers: [{ layer,
                       exactDeltaNorm, deltaNorm, exactGradNorm, gradNorm, size, zeros, exactZeros, subnormal,
                       nonFinite, allZero }] }.
                       JSON has no Infinity or NaN: they are written as the strings "Infinity", "-Infinity", "NaN".
  --export FILE        write the network, its batch, targets, loss and gradients (format
                       "vanishing-gradient.network/1", see docs/export-format.md) after any training; batch norm in the
                       export is train mode (batch statistics, biased variance); skip "from" is an index into
                       "layers" (-1 = the input); non-finite numbers are strings as in --json
  --help, -h           this text

Recurrent networks (--model): one forward pass over T steps and backpropagation through time of a single-layer
RNN (tanh), LSTM or GRU in PyTorch's equations and layout, with a linear head on the last hidden state; then the
error flowing back in time, ‖∂J/∂h_t‖ for t = T … 1 (float64 log10 and the run's own value), the LSTM's ‖∂J/∂c_t‖,
and for the RNN ρ(W_hh), mean tanh' per step and their running product (float64 log10 and float32).
  --model CELL         ${CELL_NAMES.join(', ')}
  --seq-len T          steps (default ${R.seqLen})
  --hidden n           hidden size (default ${R.hidden})
  --task NAME          ${TASK_NAMES.join(', ')} (default ${R.task}): the adding problem (mse: sum of two marked
                       values, the first within the first tenth) or remember the first of T symbols (cross-entropy)
  --batch B            sequences per batch (default ${R.batch})
  --recurrent-init I   ${RECURRENT_INITS.join(', ')} (default ${R.recurrentInit}: PyTorch's U(±1/√n) for every tensor);
                       orthogonal: each gate's n × n block of W_hh orthogonal
  --recurrent-scale S  multiplies W_hh (uniform) or is the orthogonal gain (default ${R.recurrentScale})
  --forget-bias b      LSTM: the forget gate's bias (bias_ih's f block = b, bias_hh's = 0; default: PyTorch's draw)
  --loss, --seed, --train, --optimizer, --lr, --clip, --json, --export as above, except: --dtype ${RECURRENT_DTYPES.join(' or ')};
                       --optimizer default ${R.optimizer}, --lr default ${R.lr}; each training step draws a fresh batch;
                       --json gives { config, cell, loss, lossValue, spectralRadius, steps: [{ step, gradNorm, gradRms,
                       log10GradNorm, cellGradNorm?, theory?: { meanDerivative, factor, log10Product, float32Product,
                       underflow, subnormal, overflow } }] } from t = T down to 1; --export writes
                       "vanishing-gradient.recurrent/1" (PyTorch's state_dict names and shapes, see docs/export-format.md)
  Example: npm run simulate -- --model rnn --seq-len 50 --hidden 32

Exit codes: 0 ok, 2 bad flags (one line on stderr naming the flag and the allowed values), 1 other errors.
Example: npm run simulate -- --depth 30 --activation sigmoid`;
}
