/**
 * Reads what the graph canvas shows, as a user would see it: a screenshot of the canvas area (overlays hidden),
 * decoded in the page, with the number of pixels close to each colour asked for.
 */
import type { Page } from "playwright-core";

/**
 * @param colors name → `#rrggbb`
 * @param tolerance largest difference per channel still counted as that colour (default 24)
 */
export async function countCanvasColors(
  page: Page,
  colors: Record<string, string>,
  tolerance = 24,
): Promise<Record<string, number>> {
  const hide = await page.addStyleTag({
    content: ".canvas-overlay, .filters { visibility: hidden !important; }",
  });
  await page.waitForTimeout(50);
  const png = await page.locator(".canvas-area").screenshot();
  await hide.evaluate((element) => (element as Element).remove());
  return page.evaluate(
    async ({ data, colors, tolerance }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d");
      if (!context) throw new Error("no 2d context");
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const targets = Object.entries(colors).map(([name, hex]) => ({
        name,
        rgb: [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)),
      }));
      const counts: Record<string, number> = Object.fromEntries(targets.map((target) => [target.name, 0]));
      for (let index = 0; index < pixels.length; index += 4) {
        for (const target of targets) {
          if (
            Math.abs((pixels[index] ?? 0) - (target.rgb[0] ?? 0)) <= tolerance &&
            Math.abs((pixels[index + 1] ?? 0) - (target.rgb[1] ?? 0)) <= tolerance &&
            Math.abs((pixels[index + 2] ?? 0) - (target.rgb[2] ?? 0)) <= tolerance
          ) {
            counts[target.name] = (counts[target.name] ?? 0) + 1;
          }
        }
      }
      return counts;
    },
    { data: png.toString("base64"), colors, tolerance },
  );
}
