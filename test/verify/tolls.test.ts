import { describe, expect, it } from "vitest";
import { independentGroups, isNearDuplicate } from "../../src/verify/independence.js";
import { machineStatus } from "../../src/verify/status.js";
import { combineFigures, type TollFigure } from "../../src/verify/tolls.js";

const fig = (value: number, published: string, kind: TollFigure["kind"] = "news", over: Partial<TollFigure> = {}): TollFigure => ({
  report_id: `r${value}${published}`, outlet: "x", kind, published, value, background: false, ...over,
});

describe("toll low / best / high", () => {
  it("ten outlets over three days: best is the latest figure, the range spans every figure", () => {
    const t = combineFigures([fig(40, "2025-05-10"), fig(52, "2025-05-10"), fig(61, "2025-05-11"), fig(88, "2025-05-11"), fig(95, "2025-05-12")]);
    expect(t).toEqual({ low: 40, best: 95, high: 95 });
  });
  it("on the latest day the most specific source wins (an official count over a news figure)", () => {
    const t = combineFigures([fig(40, "2025-05-10"), fig(70, "2025-05-12"), fig(66, "2025-05-12", "official_statement")]);
    expect(t.best).toBe(66);
  });
  it("ties on the latest day go to the lower figure", () => {
    expect(combineFigures([fig(50, "2025-05-12"), fig(55, "2025-05-12")]).best).toBe(50);
  });
  it("a group's claim widens the range but is not the best estimate while others give figures", () => {
    const t = combineFigures([fig(12, "2025-05-10"), fig(40, "2025-05-13", "group_claim")]);
    expect(t).toEqual({ low: 12, best: 12, high: 40 });
    expect(combineFigures([fig(40, "2025-05-13", "group_claim")]).best).toBe(40);
  });
  it("a background reference in a later report does not set best", () => {
    const t = combineFigures([fig(20, "2025-05-10"), fig(7, "2025-06-01", "news", { background: true })]);
    expect(t.best).toBe(20);
    expect(t.low).toBe(7);
  });
  it("best is never above what some source says, nor outside [low, high]", () => {
    for (let i = 0; i < 200; i++) {
      const figures = Array.from({ length: 1 + (i % 7) }, (_, j) => fig((i * 7 + j * 13) % 97, `2025-05-${10 + ((i + j) % 5)}`, (["news", "official_statement", "group_claim", "dataset_row"] as const)[(i + j) % 4]));
      const t = combineFigures(figures);
      expect(figures.map((f) => f.value)).toContain(t.best);
      expect(t.best!).toBeGreaterThanOrEqual(t.low!);
      expect(t.best!).toBeLessThanOrEqual(t.high!);
    }
  });
  it("no figures gives nulls", () => expect(combineFigures([])).toEqual({ low: null, best: null, high: null }));
});

describe("independent sources", () => {
  const wire = "PESHAWAR: A suicide bomber struck a police station in Domel on Saturday, killing 40 people and wounding 70, officials said. The toll was expected to rise.";
  it("the same wire story republished with a credit line is one source", () => {
    expect(isNearDuplicate(wire, `${wire}\n\n(Reporting by Frontier Wire.)`)).toBe(true);
    expect(independentGroups([{ id: "a", outlet: "A", text: wire }, { id: "b", outlet: "B", text: `${wire} Additional reporting by our correspondent.` }])).toHaveLength(1);
  });
  it("two outlets' own stories are two sources; two stories of one outlet are one", () => {
    const own = "Forty people died when a bomber attacked the Domel police station in Bannu, hospital staff told our reporter on Sunday.";
    expect(independentGroups([{ id: "a", outlet: "A", text: wire }, { id: "b", outlet: "B", text: own }])).toHaveLength(2);
    expect(independentGroups([{ id: "a", outlet: "A", text: wire }, { id: "b", outlet: "a", text: own }])).toHaveLength(1);
  });
  it("machine status: one source provisional, two corroborated, none retracted", () => {
    expect(machineStatus(1)).toBe("provisional");
    expect(machineStatus(2)).toBe("corroborated");
    expect(machineStatus(0)).toBe("retracted");
  });
});
