import { Command } from "commander";

/** The `frontier` program with the given commands registered on it. */
export function programWith(registers: readonly ((program: Command) => void)[]): Command {
  const program = new Command("frontier")
    .description("Frontier Watch: a sourced, deduplicated record of security incidents on the Pakistan–Afghanistan frontier")
    .version("0.1.0")
    .showHelpAfterError()
    .exitOverride();
  for (const register of registers) register(program);
  return program;
}
