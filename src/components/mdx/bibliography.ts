// The one bibliography of the site: chapters cite by key (`<Cite k="glorot2010" />`), reference lists
// and the "references" chapter read the entries from here.

/** The languages a venue may be written in. */
export type BibLang = 'es' | 'en';

/** Where an entry comes from: the lecture's own reference list, the lecture itself, or added by this site. */
export type BibGroup = 'lecture' | 'source' | 'paper' | 'book';

export interface BibEntry {
  /** Authors as printed ("Glorot, X."); an organisation as one string. */
  authors: readonly string[];
  year: number;
  title: string;
  /** Journal, proceedings, publisher or web site; in each language where the words differ. */
  venue: string | Readonly<Record<BibLang, string>>;
  /** A stable link to read it (DOI, proceedings page, arXiv or the page itself). */
  url?: string;
  group: BibGroup;
  /** Short form shown in the text, e.g. "Glorot & Bengio, 2010". */
  short: string;
}

const ARXIV = 'https://arxiv.org/abs/';

/** Every work the site cites, by key. */
export const BIBLIOGRAPHY = {
  arriola2023: {
    authors: ['Arriola-Rios, V. E.'], year: 2023, group: 'source', short: 'Arriola-Rios, 2023',
    title: 'Desvanecimiento del gradiente (Redes profundas)',
    venue: {
      es: 'Diapositivas de clase, Facultad de Ciencias, Universidad Nacional Autónoma de México (UNAM). CC BY-NC-SA',
      en: 'Lecture slides, Facultad de Ciencias, Universidad Nacional Autónoma de México (UNAM). CC BY-NC-SA',
    },
  },
  wang2019: {
    authors: ['Wang, C.-F.'], year: 2019, group: 'lecture', short: 'Wang, 2019',
    title: 'The vanishing gradient problem', venue: 'Towards Data Science',
    url: 'https://towardsdatascience.com/the-vanishing-gradient-problem-69bf08b15484',
  },
  wikipediaResnet: {
    authors: ['Wikipedia contributors'], year: 2023, group: 'lecture', short: 'Wikipedia, “Residual neural network”',
    title: 'Residual neural network', venue: 'Wikipedia, the free encyclopedia',
    url: 'https://en.wikipedia.org/wiki/Residual_neural_network',
  },
  brownlee2017adam: {
    authors: ['Brownlee, J.'], year: 2017, group: 'lecture', short: 'Brownlee, 2017',
    title: 'Gentle introduction to the Adam optimization algorithm for deep learning', venue: 'Machine Learning Mastery',
    url: 'https://machinelearningmastery.com/adam-optimization-algorithm-for-deep-learning/',
  },
  brownlee2021adam: {
    authors: ['Brownlee, J.'], year: 2021, group: 'lecture', short: 'Brownlee, 2021',
    title: 'Code Adam optimization algorithm from scratch', venue: 'Machine Learning Mastery',
    url: 'https://machinelearningmastery.com/adam-optimization-from-scratch/',
  },
  rumelhart1986: {
    authors: ['Rumelhart, D. E.', 'Hinton, G. E.', 'Williams, R. J.'], year: 1986, group: 'paper', short: 'Rumelhart et al., 1986',
    title: 'Learning representations by back-propagating errors', venue: 'Nature 323, 533–536',
    url: 'https://doi.org/10.1038/323533a0',
  },
  hochreiter1991: {
    authors: ['Hochreiter, S.'], year: 1991, group: 'paper', short: 'Hochreiter, 1991',
    title: 'Untersuchungen zu dynamischen neuronalen Netzen',
    venue: {
      es: 'Tesis de diploma, Institut für Informatik, Technische Universität München',
      en: 'Diploma thesis, Institut für Informatik, Technische Universität München',
    },
    url: 'https://people.idsia.ch/~juergen/SeppHochreiter1991ThesisAdvisorSchmidhuber.pdf',
  },
  bengio1994: {
    authors: ['Bengio, Y.', 'Simard, P.', 'Frasconi, P.'], year: 1994, group: 'paper', short: 'Bengio et al., 1994',
    title: 'Learning long-term dependencies with gradient descent is difficult',
    venue: 'IEEE Transactions on Neural Networks 5(2), 157–166', url: 'https://doi.org/10.1109/72.279181',
  },
  hochreiter1997: {
    authors: ['Hochreiter, S.', 'Schmidhuber, J.'], year: 1997, group: 'paper', short: 'Hochreiter & Schmidhuber, 1997',
    title: 'Long short-term memory', venue: 'Neural Computation 9(8), 1735–1780',
    url: 'https://doi.org/10.1162/neco.1997.9.8.1735',
  },
  gers2000: {
    authors: ['Gers, F. A.', 'Schmidhuber, J.', 'Cummins, F.'], year: 2000, group: 'paper', short: 'Gers et al., 2000',
    title: 'Learning to forget: continual prediction with LSTM', venue: 'Neural Computation 12(10), 2451–2471',
    url: 'https://doi.org/10.1162/089976600300015015',
  },
  lecun1998: {
    authors: ['LeCun, Y.', 'Bottou, L.', 'Orr, G. B.', 'Müller, K.-R.'], year: 1998, group: 'paper', short: 'LeCun et al., 1998',
    title: 'Efficient BackProp', venue: 'Neural Networks: Tricks of the Trade, LNCS 1524, Springer, 9–50',
    url: 'https://doi.org/10.1007/3-540-49430-8_2',
  },
  glorot2010: {
    authors: ['Glorot, X.', 'Bengio, Y.'], year: 2010, group: 'paper', short: 'Glorot & Bengio, 2010',
    title: 'Understanding the difficulty of training deep feedforward neural networks',
    venue: 'Proceedings of AISTATS, PMLR 9, 249–256', url: 'https://proceedings.mlr.press/v9/glorot10a.html',
  },
  glorot2011: {
    authors: ['Glorot, X.', 'Bordes, A.', 'Bengio, Y.'], year: 2011, group: 'paper', short: 'Glorot et al., 2011',
    title: 'Deep sparse rectifier neural networks', venue: 'Proceedings of AISTATS, PMLR 15, 315–323',
    url: 'https://proceedings.mlr.press/v15/glorot11a.html',
  },
  maas2013: {
    authors: ['Maas, A. L.', 'Hannun, A. Y.', 'Ng, A. Y.'], year: 2013, group: 'paper', short: 'Maas et al., 2013',
    title: 'Rectifier nonlinearities improve neural network acoustic models',
    venue: 'ICML Workshop on Deep Learning for Audio, Speech and Language Processing',
    url: 'https://ai.stanford.edu/~amaas/papers/relu_hybrid_icml2013_final.pdf',
  },
  pascanu2013: {
    authors: ['Pascanu, R.', 'Mikolov, T.', 'Bengio, Y.'], year: 2013, group: 'paper', short: 'Pascanu et al., 2013',
    title: 'On the difficulty of training recurrent neural networks', venue: 'Proceedings of ICML, PMLR 28(3), 1310–1318',
    url: `${ARXIV}1211.5063`,
  },
  saxe2014: {
    authors: ['Saxe, A. M.', 'McClelland, J. L.', 'Ganguli, S.'], year: 2014, group: 'paper', short: 'Saxe et al., 2014',
    title: 'Exact solutions to the nonlinear dynamics of learning in deep linear neural networks', venue: 'ICLR',
    url: `${ARXIV}1312.6120`,
  },
  cho2014: {
    authors: ['Cho, K.', 'van Merriënboer, B.', 'Gulcehre, C.', 'Bahdanau, D.', 'Bougares, F.', 'Schwenk, H.', 'Bengio, Y.'],
    year: 2014, group: 'paper', short: 'Cho et al., 2014',
    title: 'Learning phrase representations using RNN encoder–decoder for statistical machine translation',
    venue: 'Proceedings of EMNLP, 1724–1734', url: `${ARXIV}1406.1078`,
  },
  ioffe2015: {
    authors: ['Ioffe, S.', 'Szegedy, C.'], year: 2015, group: 'paper', short: 'Ioffe & Szegedy, 2015',
    title: 'Batch normalization: accelerating deep network training by reducing internal covariate shift',
    venue: 'Proceedings of ICML, PMLR 37, 448–456', url: `${ARXIV}1502.03167`,
  },
  he2015: {
    authors: ['He, K.', 'Zhang, X.', 'Ren, S.', 'Sun, J.'], year: 2015, group: 'paper', short: 'He et al., 2015',
    title: 'Delving deep into rectifiers: surpassing human-level performance on ImageNet classification',
    venue: 'Proceedings of ICCV, 1026–1034', url: `${ARXIV}1502.01852`,
  },
  kingma2015: {
    authors: ['Kingma, D. P.', 'Ba, J.'], year: 2015, group: 'paper', short: 'Kingma & Ba, 2015',
    title: 'Adam: a method for stochastic optimization', venue: 'ICLR', url: `${ARXIV}1412.6980`,
  },
  he2016: {
    authors: ['He, K.', 'Zhang, X.', 'Ren, S.', 'Sun, J.'], year: 2016, group: 'paper', short: 'He et al., 2016a',
    title: 'Deep residual learning for image recognition', venue: 'Proceedings of CVPR, 770–778',
    url: `${ARXIV}1512.03385`,
  },
  he2016identity: {
    authors: ['He, K.', 'Zhang, X.', 'Ren, S.', 'Sun, J.'], year: 2016, group: 'paper', short: 'He et al., 2016b',
    title: 'Identity mappings in deep residual networks', venue: 'Proceedings of ECCV, LNCS 9908, 630–645',
    url: `${ARXIV}1603.05027`,
  },
  goyal2017: {
    authors: ['Goyal, P.', 'Dollár, P.', 'Girshick, R.', 'Noordhuis, P.', 'Wesolowski, L.', 'Kyrola, A.', 'Tulloch, A.', 'Jia, Y.', 'He, K.'],
    year: 2017, group: 'paper', short: 'Goyal et al., 2017',
    title: 'Accurate, large minibatch SGD: training ImageNet in 1 hour', venue: 'arXiv preprint 1706.02677',
    url: `${ARXIV}1706.02677`,
  },
  ba2016: {
    authors: ['Ba, J. L.', 'Kiros, J. R.', 'Hinton, G. E.'], year: 2016, group: 'paper', short: 'Ba et al., 2016',
    title: 'Layer normalization', venue: 'arXiv preprint 1607.06450', url: `${ARXIV}1607.06450`,
  },
  poole2016: {
    authors: ['Poole, B.', 'Lahiri, S.', 'Raghu, M.', 'Sohl-Dickstein, J.', 'Ganguli, S.'], year: 2016, group: 'paper',
    short: 'Poole et al., 2016', title: 'Exponential expressivity in deep neural networks through transient chaos',
    venue: 'Advances in Neural Information Processing Systems 29', url: `${ARXIV}1606.05340`,
  },
  goodfellow2016: {
    authors: ['Goodfellow, I.', 'Bengio, Y.', 'Courville, A.'], year: 2016, group: 'book', short: 'Goodfellow et al., 2016',
    title: 'Deep learning', venue: 'MIT Press', url: 'https://www.deeplearningbook.org/',
  },
  schoenholz2017: {
    authors: ['Schoenholz, S. S.', 'Gilmer, J.', 'Ganguli, S.', 'Sohl-Dickstein, J.'], year: 2017, group: 'paper',
    short: 'Schoenholz et al., 2017', title: 'Deep information propagation', venue: 'ICLR', url: `${ARXIV}1611.01232`,
  },
  vaswani2017: {
    authors: ['Vaswani, A.', 'Shazeer, N.', 'Parmar, N.', 'Uszkoreit, J.', 'Jones, L.', 'Gomez, A. N.', 'Kaiser, Ł.', 'Polosukhin, I.'],
    year: 2017, group: 'paper', short: 'Vaswani et al., 2017', title: 'Attention is all you need',
    venue: 'Advances in Neural Information Processing Systems 30', url: `${ARXIV}1706.03762`,
  },
  hanin2018: {
    authors: ['Hanin, B.'], year: 2018, group: 'paper', short: 'Hanin, 2018',
    title: 'Which neural net architectures give rise to exploding and vanishing gradients?',
    venue: 'Advances in Neural Information Processing Systems 31', url: `${ARXIV}1801.03744`,
  },
  santurkar2018: {
    authors: ['Santurkar, S.', 'Tsipras, D.', 'Ilyas, A.', 'Madry, A.'], year: 2018, group: 'paper', short: 'Santurkar et al., 2018',
    title: 'How does batch normalization help optimization?', venue: 'Advances in Neural Information Processing Systems 31',
    url: `${ARXIV}1805.11604`,
  },
  yang2019: {
    authors: ['Yang, G.', 'Pennington, J.', 'Rao, V.', 'Sohl-Dickstein, J.', 'Schoenholz, S. S.'], year: 2019, group: 'paper',
    short: 'Yang et al., 2019', title: 'A mean field theory of batch normalization', venue: 'ICLR', url: `${ARXIV}1902.08129`,
  },
  lu2020: {
    authors: ['Lu, L.', 'Shin, Y.', 'Su, Y.', 'Karniadakis, G. E.'], year: 2020, group: 'paper', short: 'Lu et al., 2020',
    title: 'Dying ReLU and initialization: theory and numerical examples', venue: 'Communications in Computational Physics 28(5), 1671–1706',
    url: `${ARXIV}1903.06733`,
  },
  de2020: {
    authors: ['De, S.', 'Smith, S. L.'], year: 2020, group: 'paper', short: 'De & Smith, 2020',
    title: 'Batch normalization biases residual blocks towards the identity function in deep networks',
    venue: 'Advances in Neural Information Processing Systems 33', url: `${ARXIV}2002.10444`,
  },
  xiong2020: {
    authors: ['Xiong, R.', 'Yang, Y.', 'He, D.', 'Zheng, K.', 'Zheng, S.', 'Xing, C.', 'Zhang, H.', 'Lan, Y.', 'Wang, L.', 'Liu, T.'],
    year: 2020, group: 'paper', short: 'Xiong et al., 2020', title: 'On layer normalization in the Transformer architecture',
    venue: 'Proceedings of ICML, PMLR 119, 10524–10533', url: `${ARXIV}2002.04745`,
  },
  micikevicius2018: {
    authors: ['Micikevicius, P.', 'Narang, S.', 'Alben, J.', 'Diamos, G.', 'Elsen, E.', 'Garcia, D.', 'Ginsburg, B.',
      'Houston, M.', 'Kuchaiev, O.', 'Venkatesh, G.', 'Wu, H.'],
    year: 2018, group: 'paper', short: 'Micikevicius et al., 2018',
    title: 'Mixed precision training', venue: 'ICLR', url: `${ARXIV}1710.03740`,
  },
  ieee754: {
    authors: ['IEEE'], year: 2019, group: 'book', short: 'IEEE 754, 2019',
    title: 'IEEE standard for floating-point arithmetic (IEEE 754-2019)', venue: 'IEEE',
    url: 'https://doi.org/10.1109/IEEESTD.2019.8766229',
  },
} as const satisfies Record<string, BibEntry>;

export type BibKey = keyof typeof BIBLIOGRAPHY;

/** True when `key` names an entry of the bibliography. */
export function isBibKey(key: string): key is BibKey {
  return Object.prototype.hasOwnProperty.call(BIBLIOGRAPHY, key);
}

/** The entry of a key; throws at build time on an unknown key so a typo never reaches the page. */
export function bibEntry(key: string): BibEntry {
  if (!isBibKey(key)) throw new Error(`Unknown bibliography key "${key}" (src/components/mdx/bibliography.ts)`);
  return BIBLIOGRAPHY[key];
}

/** The venue in the reader's language (most venues are the same in both). */
export function venueIn(e: BibEntry, lang: BibLang): string {
  return typeof e.venue === 'string' ? e.venue : e.venue[lang];
}

/** Authors joined for print: "A, B and C" (`and` is the language's word). */
export function joinAuthors(authors: readonly string[], and: string): string {
  if (authors.length <= 1) return authors.join('');
  return `${authors.slice(0, -1).join(', ')} ${and} ${authors[authors.length - 1]}`;
}

/** The full reference as one line of plain text (used in tooltips and lists), in the reader's language. */
export function formatReference(key: string, and: string, lang: BibLang = 'en'): string {
  const e = bibEntry(key);
  return `${joinAuthors(e.authors, and)} (${e.year}). ${e.title}. ${venueIn(e, lang)}.`;
}

/** Keys sorted as a reference list is: by first author, then year. */
export function sortKeys(keys: readonly string[]): string[] {
  return [...new Set(keys)].sort((a, b) => {
    const ea = bibEntry(a), eb = bibEntry(b);
    return ea.authors[0].localeCompare(eb.authors[0], 'en') || ea.year - eb.year || ea.short.localeCompare(eb.short);
  });
}
