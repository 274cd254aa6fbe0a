// Deep links of today's URL schema. They must keep decoding, without a notice, to the state written
// beside them after any rename (add an alias in the codec instead of breaking them). Append yours:
//   { island: '<id>', query: '<id>.key=value&…', expect: { key: value, … } }
// `island` names the folder src/sims/<id>/ whose state.ts exports its codec (any name; built with defineCodec(<id>, …)).
// Never edit or delete an existing line; a link published in a class handout lives for years.

export interface LinkFixture {
  island: string;
  query: string;
  /** The fields this link sets (others must be the defaults). */
  expect: Record<string, string | number | boolean>;
  /** Lesson-link lists, when the link has them. */
  lock?: string[];
  hide?: string[];
}

export const LINKS: LinkFixture[] = [
  // product (equation (4)), schema v1
  { island: 'product', query: 'product.depth=40&product.activation=sigmoid', expect: { depth: 40, activation: 'sigmoid' } },
  { island: 'product', query: 'product.depth=100&product.activation=tanh&product.init=xavier-normal', expect: { depth: 100, activation: 'tanh', init: 'xavier-normal' } },
  { island: 'product', query: 'product.sigmaW=2.5&product.sigmaB=0.3&product.seed=7', expect: { sigmaW: 2.5, sigmaB: 0.3, seed: 7 } },
  { island: 'product', query: 'product.depth=60&product.lock=activation,init&product.hide=seed', expect: { depth: 60 }, lock: ['activation', 'init'], hide: ['seed'] },
  { island: 'product', query: 'product.goal=float32-zero', expect: { goal: 'float32-zero' } },
  // remedies (remedies side by side), schema v1
  { island: 'remedies', query: 'remedies.depth=50&remedies.relu=0&remedies.batchNorm=1', expect: { depth: 50, relu: false, batchNorm: true } },
  { island: 'remedies', query: 'remedies.residual=trainable&remedies.skipInit=random&remedies.seed=3', expect: { residual: 'trainable', skipInit: 'random', seed: 3 } },
  { island: 'remedies', query: 'remedies.relu=1&remedies.batchNorm=1&remedies.residual=identity&remedies.lock=depth&remedies.hide=seed', expect: { relu: true, batchNorm: true, residual: 'identity' }, lock: ['depth'], hide: ['seed'] },
  // exploding (exploding gradients), schema v1
  { island: 'exploding', query: 'exploding.depth=30&exploding.activation=relu&exploding.sigmaW=2', expect: { depth: 30, activation: 'relu', sigmaW: 2 } },
  { island: 'exploding', query: 'exploding.init=xavier-normal&exploding.clip=1&exploding.seed=4', expect: { init: 'xavier-normal', clip: 1, seed: 4 } },
  { island: 'exploding', query: 'exploding.clip=0.5&exploding.lock=activation,sigmaW&exploding.hide=seed', expect: { clip: 0.5 }, lock: ['activation', 'sigmaW'], hide: ['seed'] },
  // components (gradient components, the lecture's figure), schema v1
  { island: 'components', query: 'components.depth=20&components.activation=sigmoid', expect: { depth: 20, activation: 'sigmoid' } },
  { island: 'components', query: 'components.depth=40&components.activation=relu&components.init=he-normal&components.seed=3', expect: { depth: 40, activation: 'relu', init: 'he-normal', seed: 3 } },
  { island: 'components', query: 'components.depth=30&components.lock=depth,activation&components.hide=seed', expect: { depth: 30 }, lock: ['depth', 'activation'], hide: ['seed'] },
  // precision (where each number format gives up), schema v1
  { island: 'precision', query: 'precision.depth=50&precision.activation=sigmoid&precision.format=float16', expect: { depth: 50, activation: 'sigmoid', format: 'float16' } },
  { island: 'precision', query: 'precision.format=bfloat16&precision.scale=12&precision.init=xavier-normal&precision.sigmaW=0.8&precision.seed=3', expect: { format: 'bfloat16', scale: 12, init: 'xavier-normal', sigmaW: 0.8, seed: 3 } },
  { island: 'precision', query: 'precision.scale=16&precision.lock=format,walk&precision.hide=seed', expect: { scale: 16 }, lock: ['format', 'walk'], hide: ['seed'] },
  // phase (edge of chaos), schema v1
  { island: 'phase', query: 'phase.activation=relu&phase.view=residual', expect: { activation: 'relu', view: 'residual' } },
  { island: 'phase', query: 'phase.activation=gelu&phase.view=measured&phase.depth=40&phase.seed=3&phase.col=7&phase.row=2', expect: { activation: 'gelu', view: 'measured', depth: 40, seed: 3, col: 7, row: 2 } },
  { island: 'phase', query: 'phase.col=5&phase.lock=activation,view&phase.hide=seed', expect: { col: 5 }, lock: ['activation', 'view'], hide: ['seed'] },
  // recurrent (through time), schema v1
  { island: 'recurrent', query: 'recurrent.cell=lstm&recurrent.seqLen=120&recurrent.forgetBias=2.5', expect: { cell: 'lstm', seqLen: 120, forgetBias: 2.5 } },
  { island: 'recurrent', query: 'recurrent.T=50&recurrent.H=16&recurrent.init=orthogonal&recurrent.scale=1.2&recurrent.seed=3', expect: { seqLen: 50, hidden: 16, init: 'orthogonal', scale: 1.2, seed: 3 } },
  { island: 'recurrent', query: 'recurrent.cell=gru&recurrent.lock=cell&recurrent.hide=seed', expect: { cell: 'gru' }, lock: ['cell'], hide: ['seed'] },
  // memory (train through time), schema v1
  { island: 'memory', query: 'memory.seqLen=20&memory.seed=3', expect: { seqLen: 20, seed: 3 } },
  { island: 'memory', query: 'memory.T=10&memory.lock=seqLen', expect: { seqLen: 10 }, lock: ['seqLen'] },
  // train (train it), schema v1
  { island: 'train', query: 'train.dataset=circles&train.activation=relu&train.batchNorm=1', expect: { dataset: 'circles', activation: 'relu', batchNorm: true } },
  { island: 'train', query: 'train.depth=30&train.width=24&train.residual=identity&train.optimizer=momentum&train.lr=0.01&train.batch=64&train.seed=5', expect: { depth: 30, width: 24, residual: 'identity', optimizer: 'momentum', lr: 0.01, batch: 64, seed: 5 } },
  { island: 'train', query: 'train.dataset=xor&train.residual=trainable&train.optimizer=sgd&train.lr=0.1&train.lock=activation,batchNorm&train.hide=seed', expect: { dataset: 'xor', residual: 'trainable', optimizer: 'sgd', lr: 0.1 }, lock: ['activation', 'batchNorm'], hide: ['seed'] },
];
