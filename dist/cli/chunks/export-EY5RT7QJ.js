import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  writeOut
} from "./chunk-2OEH5FVG.js";
import {
  connect
} from "./chunk-SOUCHD6W.js";
import "./chunk-74BWKFCD.js";
import {
  USERS_FORMATS,
  formatFromFileName
} from "./chunk-YSNKACUK.js";
import "./chunk-MI73OCWU.js";
import {
  UsageError,
  stringOption
} from "./chunk-VMZQJ7BV.js";
import "./chunk-PBLT54OD.js";
import "./chunk-7UPZNW4Y.js";
import "./chunk-XUY2FQ57.js";

// src/cli/export.ts
import { open } from "node:fs/promises";
async function runExport(context) {
  const { values, terminal, command } = context;
  const output = stringOption(values, "output");
  const format = stringOption(values, "format") ?? formatFromFileName(output);
  if (!USERS_FORMATS.includes(format))
    throw new UsageError(`Invalid value for '--format': '${format}' is not one of ${USERS_FORMATS.join(", ")}.`, command);
  let file;
  if (output !== void 0) {
    try {
      file = await open(output, values.force === true ? "w" : "wx");
    } catch (error) {
      if (error.code === "EEXIST")
        throw new UsageError(`'${output}' exists; give --force to overwrite it.`, command);
      throw error;
    }
  }
  const connection = await connect(context.global, context.logger);
  context.redactor = connection.redactor;
  const { redactor } = connection;
  try {
    const chunks = connection.anyscale.user.export({
      format,
      include_service_accounts: values["include-service-accounts"] === true,
      signal: context.signal
    });
    for await (const chunk of chunks) {
      if (file) await file.write(redactor.redact(chunk));
      else await writeOut(terminal.out, chunk);
    }
    return 0;
  } finally {
    await file?.close();
    await connection.close();
  }
}
export {
  runExport
};
