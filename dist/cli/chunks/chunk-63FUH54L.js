import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  paint
} from "./chunk-AULIFACN.js";
import {
  COLLABORATOR_TYPES,
  checkCollaboratorType
} from "./chunk-YSNKACUK.js";
import {
  printable
} from "./chunk-MI73OCWU.js";
import {
  UsageError,
  stringOption
} from "./chunk-VMZQJ7BV.js";

// src/cli/filters.ts
function collaboratorType(values, command) {
  const raw = stringOption(values, "collaborator-type");
  try {
    return checkCollaboratorType(raw);
  } catch {
    const choices = COLLABORATOR_TYPES.map((type) => `'${type}'`).join(", ");
    throw new UsageError(`Invalid value for '--collaborator-type': '${raw}' is not one of ${choices}.`, command);
  }
}
function serviceAccount(values, command) {
  const service = values["service-account"] === true;
  const user = values["user-account"] === true;
  if (service && user) throw new UsageError("give --service-account or --user-account, not both.", command);
  return service ? true : user ? false : void 0;
}
function userFilters(values, command, unset) {
  const filters = {
    email: stringOption(values, "email"),
    name: stringOption(values, "name"),
    collaborator_type: collaboratorType(values, command),
    is_service_account: serviceAccount(values, command)
  };
  const shown = (value) => value == null ? unset : String(value);
  return {
    filters,
    preamble: [
      ["email", shown(filters.email)],
      ["name", shown(filters.name)],
      ["collaborator type", shown(filters.collaborator_type)],
      ["service account", shown(filters.is_service_account)]
    ]
  };
}

// src/cli/preamble.ts
function writePreamble(terminal, title, entries) {
  terminal.err.write(`${title}
${entries.map(([key, value]) => `\u2022 ${key} = ${value}
`).join("")}`);
}

// node_modules/ansi-regex/index.js
var ST = String.raw`(?:\u001B\u005C|\u009C)`;
var stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
var osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;
var controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;
var linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;
var csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;
var escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;
var pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${escape}`;
function ansiRegex({ onlyFirst = false } = {}) {
  return new RegExp(pattern, onlyFirst ? void 0 : "g");
}

// node_modules/strip-ansi/index.js
var regex = ansiRegex();
function stripAnsi(string) {
  if (typeof string !== "string") {
    throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
  }
  if (!string.includes("\x1B") && !string.includes("\x9B")) {
    return string;
  }
  return string.replace(regex, "");
}

// node_modules/get-east-asian-width/lookup-data.js
var ambiguousMinimalCodePoint = 161;
var ambiguousMaximumCodePoint = 1114109;
var ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];
var fullwidthMinimalCodePoint = 12288;
var fullwidthMaximumCodePoint = 65510;
var fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];
var wideMinimalCodePoint = 4352;
var wideMaximumCodePoint = 262141;
var wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];

// node_modules/get-east-asian-width/utilities.js
var isInRange = (ranges, codePoint) => {
  let low = 0;
  let high = Math.floor(ranges.length / 2) - 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const i = mid * 2;
    if (codePoint < ranges[i]) {
      high = mid - 1;
    } else if (codePoint > ranges[i + 1]) {
      low = mid + 1;
    } else {
      return true;
    }
  }
  return false;
};

// node_modules/get-east-asian-width/lookup.js
var commonCjkCodePoint = 19968;
var [wideFastPathStart, wideFastPathEnd] = /* @__PURE__ */ findWideFastPathRange(wideRanges);
function findWideFastPathRange(ranges) {
  let fastPathStart = ranges[0];
  let fastPathEnd = ranges[1];
  for (let index = 0; index < ranges.length; index += 2) {
    const start = ranges[index];
    const end = ranges[index + 1];
    if (commonCjkCodePoint >= start && commonCjkCodePoint <= end) {
      return [start, end];
    }
    if (end - start > fastPathEnd - fastPathStart) {
      fastPathStart = start;
      fastPathEnd = end;
    }
  }
  return [fastPathStart, fastPathEnd];
}
var isAmbiguous = (codePoint) => {
  if (codePoint < ambiguousMinimalCodePoint || codePoint > ambiguousMaximumCodePoint) {
    return false;
  }
  return isInRange(ambiguousRanges, codePoint);
};
var isFullwidth = (codePoint) => {
  if (codePoint < fullwidthMinimalCodePoint || codePoint > fullwidthMaximumCodePoint) {
    return false;
  }
  return isInRange(fullwidthRanges, codePoint);
};
var isWide = (codePoint) => {
  if (codePoint >= wideFastPathStart && codePoint <= wideFastPathEnd) {
    return true;
  }
  if (codePoint < wideMinimalCodePoint || codePoint > wideMaximumCodePoint) {
    return false;
  }
  return isInRange(wideRanges, codePoint);
};

// node_modules/get-east-asian-width/index.js
function validate(codePoint) {
  if (!Number.isSafeInteger(codePoint)) {
    throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
  }
}
function eastAsianWidth(codePoint, { ambiguousAsWide = false } = {}) {
  validate(codePoint);
  if (isFullwidth(codePoint) || isWide(codePoint) || ambiguousAsWide && isAmbiguous(codePoint)) {
    return 2;
  }
  return 1;
}

// node_modules/string-width/index.js
var segmenter = new Intl.Segmenter();
var nonAsciiOrControlRegex = new RegExp("[^\\u{20}-\\u{7E}]", "v");
var prependedConcatenationMarks = String.raw`\u{600}-\u{605}\u{6DD}\u{890}\u{891}\u{8E2}\u{110BD}\u{110CD}`;
var prependedConcatenationMarksRegex = new RegExp(`^[${prependedConcatenationMarks}]+`, "v");
var visibleCharacterRegex = new RegExp(String.raw`[^\p{Default_Ignorable_Code_Point}\p{Control}\p{Enclosing_Mark}\p{Nonspacing_Mark}[\p{Format}--[${prependedConcatenationMarks}]]]`, "v");
var emojiPrefixRegex = new RegExp("^(?:\\p{RGI_Emoji}|\\p{Regional_Indicator}{1,2}|[\\d#*]\\u{FE0F})", "v");
var textPresentationEmojiRegex = new RegExp("^[\\p{Emoji_Presentation}--[\\u{10000}-\\u{10FFFF}]]\\u{FE0E}", "v");
function strayEmojiModifierCount(string, fromIndex) {
  if (fromIndex >= string.length) {
    return 0;
  }
  const modifierRegex = new RegExp("(?<![\\p{Emoji_Modifier_Base}\\u{200D}])\\p{Emoji_Modifier}", "gv");
  modifierRegex.lastIndex = fromIndex;
  let count = 0;
  while (modifierRegex.test(string)) {
    count++;
  }
  return count;
}
var emojiZwjSequenceRegex = new RegExp("\\u{200D}\\p{Extended_Pictographic}", "v");
function baseVisible(segment) {
  const index = segment.search(visibleCharacterRegex);
  return index === -1 ? void 0 : segment.slice(index);
}
function isHangul(codePoint) {
  return codePoint >= 4352 && codePoint <= 4607 || codePoint >= 43360 && codePoint <= 43388 || codePoint >= 44032 && codePoint <= 55203 || codePoint >= 55216 && codePoint <= 55238 || codePoint >= 55243 && codePoint <= 55291;
}
function visibleCodePointsWidth(visibleSegment, eastAsianWidthOptions) {
  let width = 0;
  for (const character of visibleSegment) {
    if (character === "\u200D") {
      break;
    }
    if (visibleCharacterRegex.test(character)) {
      width += eastAsianWidth(character.codePointAt(0), eastAsianWidthOptions);
    }
  }
  return width;
}
function clusterWidth(segment, eastAsianWidthOptions) {
  const firstCodePoint = segment.codePointAt(0);
  const marks = firstCodePoint === 69821 || firstCodePoint === 69837 || firstCodePoint >= 1536 && firstCodePoint <= 2303 ? prependedConcatenationMarksRegex.exec(segment) : void 0;
  if (marks) {
    const rest = segment.slice(marks[0].length);
    const restWidth = clusterWidth(rest, eastAsianWidthOptions);
    const visibleRest = baseVisible(rest);
    const isWideGlyph = restWidth >= 2 && (eastAsianWidth(visibleRest.codePointAt(0), eastAsianWidthOptions) === 2 || emojiPrefixRegex.test(visibleRest) || emojiZwjSequenceRegex.test(visibleRest));
    return isWideGlyph ? restWidth : [...marks[0]].length + restWidth;
  }
  const visibleSegment = baseVisible(segment);
  if (visibleSegment === void 0) {
    return 0;
  }
  if (isHangul(firstCodePoint)) {
    return eastAsianWidth(firstCodePoint, eastAsianWidthOptions) + strayEmojiModifierCount(segment, 1) * 2;
  }
  if (textPresentationEmojiRegex.test(visibleSegment)) {
    return 1;
  }
  const emoji = emojiPrefixRegex.exec(visibleSegment);
  if (emoji) {
    return 2 + strayEmojiModifierCount(visibleSegment, emoji[0].length) * 2;
  }
  const zwjSequence = emojiZwjSequenceRegex.exec(visibleSegment);
  return zwjSequence ? 2 + strayEmojiModifierCount(visibleSegment, zwjSequence.index + zwjSequence[0].length) * 2 : visibleCodePointsWidth(visibleSegment, eastAsianWidthOptions);
}
function unicodeWidth(string, ambiguousIsNarrow) {
  let width = 0;
  const firstNonAsciiIndex = string.search(nonAsciiOrControlRegex);
  if (firstNonAsciiIndex > 1) {
    width = firstNonAsciiIndex - 1;
    string = string.slice(width);
  }
  let suffixStart = string.length;
  while (suffixStart > 0) {
    const codePoint = string.codePointAt(suffixStart - 1);
    if (codePoint < 32 || codePoint > 126) {
      break;
    }
    suffixStart--;
  }
  if (suffixStart + 1 < string.length) {
    width += string.length - suffixStart - 1;
    string = string.slice(0, suffixStart + 1);
  }
  if (!new RegExp("[^\\u{20}-\\u{7E}\\u{4E00}-\\u{9FFF}\\u{AC00}-\\u{D7A3}]", "v").test(string)) {
    return width + string.length + string.replaceAll(new RegExp("[\\u{20}-\\u{7E}]", "gv"), "").length;
  }
  string = string.toWellFormed();
  string = string.replaceAll(new RegExp("(?<=[\\u{16D63}-\\u{16D6A}])[\\u{16D63}-\\u{16D6A}]+", "gv"), "");
  const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
  for (const { segment } of segmenter.segment(string)) {
    if (segment.length === 1) {
      if (visibleCharacterRegex.test(segment)) {
        width += eastAsianWidth(segment.codePointAt(0), eastAsianWidthOptions);
      }
      continue;
    }
    width += clusterWidth(segment, eastAsianWidthOptions);
  }
  return width;
}
function stringWidth(input, options = {}) {
  if (typeof input !== "string" || input.length === 0) {
    return 0;
  }
  const {
    ambiguousIsNarrow = true,
    countAnsiEscapeCodes = false
  } = options;
  let string = input;
  if (!countAnsiEscapeCodes && (string.includes("\x1B") || string.includes("\x9B"))) {
    string = stripAnsi(string);
  }
  return nonAsciiOrControlRegex.test(string) ? unicodeWidth(string, ambiguousIsNarrow) : string.length;
}

// src/cli/table.ts
var GAP = "  ";
var StreamingTable = class {
  #out;
  #columns;
  #color;
  #widths;
  #rows = 0;
  constructor(out, columns, options) {
    this.#out = out;
    this.#columns = columns;
    this.#color = options.color;
  }
  get rowCount() {
    return this.#rows;
  }
  write(rows) {
    if (rows.length === 0) return;
    const cells = rows.map((row) => this.#columns.map((column) => oneLine(column.value(row))));
    if (this.#widths === void 0) {
      this.#widths = this.#columns.map(
        (column, i) => cells.reduce((widest, line) => Math.max(widest, stringWidth(line[i])), stringWidth(column.header))
      );
      const header = this.#format(this.#columns.map((column) => column.header));
      this.#out.write(`${paint(this.#color, "bold", header)}
`);
    }
    this.#out.write(cells.map((line) => `${this.#format(line)}
`).join(""));
    this.#rows += rows.length;
  }
  #format(cells) {
    const last = cells.length - 1;
    return cells.map((cell, i) => i === last ? cell : pad(cell, this.#widths[i])).join(GAP);
  }
};
function pad(cell, width) {
  return cell + " ".repeat(Math.max(0, width - stringWidth(cell)));
}
function oneLine(text) {
  return printable(text.replace(/[\t\r\n]+/g, " "));
}

// src/cli/user-table.ts
function formatCreatedAt(createdAt) {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(createdAt);
  if (match) return `${match[1]} ${match[2]}`;
  const date = new Date(createdAt);
  return Number.isNaN(date.getTime()) ? createdAt : date.toISOString().slice(0, 16).replace("T", " ");
}
var USER_COLUMNS = [
  { header: "EMAIL", value: (user) => user.email },
  { header: "NAME", value: (user) => user.name },
  { header: "ID", value: (user) => user.user_id ?? "" },
  { header: "ROLE", value: (user) => user.permission_level },
  { header: "CREATED AT", value: (user) => formatCreatedAt(user.created_at) }
];
function userTable(terminal) {
  return new StreamingTable(terminal.out, USER_COLUMNS, { color: terminal.outColor });
}

export {
  userFilters,
  writePreamble,
  userTable
};
