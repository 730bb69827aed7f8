/**
 * Canvas label drawing for sigma, themed: labels get a halo in the background colour so they stay readable
 * over edges, and the hover/selection box follows light and dark themes (sigma's default box is always white).
 * Labels never pile up: sigma's label grid limits labels per cell, but long Korean names still cross into
 * neighbouring cells, so each frame's labels are queued, then drawn biggest node first (forced labels before
 * all), skipping any that would overlap one already drawn.
 */
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from "sigma/rendering";
import type { ViewEdge, ViewNode } from "./build-view-graph";
import type { CanvasColors } from "./palette";

export interface LabelDrawers {
  drawLabel: NodeLabelDrawingFunction<ViewNode, ViewEdge>;
  drawHover: NodeHoverDrawingFunction<ViewNode, ViewEdge>;
}

interface QueuedLabel {
  context: CanvasRenderingContext2D;
  font: string;
  label: string;
  /** Node centre and drawn radius: the label goes right of the node, or left when the right is taken. */
  x: number;
  y: number;
  radius: number;
  /** Half the label's height, for its box. */
  half: number;
  priority: number;
}

/** One frame's labels: `queue` while sigma draws, `flush` after it (sigma's `afterRender`). */
export class LabelLayer {
  private queued: QueuedLabel[] = [];
  colors: CanvasColors;

  constructor(colors: CanvasColors) {
    this.colors = colors;
  }

  clear(): void {
    this.queued = [];
  }

  queue(label: QueuedLabel): void {
    this.queued.push(label);
  }

  /** Draws the queued labels that fit, most important first. */
  flush(): void {
    const labels = this.queued.sort((a, b) => b.priority - a.priority);
    this.queued = [];
    const boxes: number[] = [];
    const free = (left: number, top: number, right: number, bottom: number) => {
      for (let index = 0; index < boxes.length; index += 4) {
        const overlaps =
          left < (boxes[index + 2] ?? 0) &&
          right > (boxes[index] ?? 0) &&
          top < (boxes[index + 3] ?? 0) &&
          bottom > (boxes[index + 1] ?? 0);
        if (overlaps) return false;
      }
      return true;
    };
    for (const item of labels) {
      const { context } = item;
      context.font = item.font;
      const width = context.measureText(item.label).width;
      const [top, bottom] = [item.y - item.half - 2, item.y + item.half + 2];
      const rightOf = item.x + item.radius + 4;
      const leftOf = item.x - item.radius - 4 - width;
      const rightFree = free(rightOf - 2, top, rightOf + width + 2, bottom);
      const viewportWidth = context.canvas.clientWidth || Number.POSITIVE_INFINITY;
      let x: number | undefined;
      // Right of the node when it fits on screen, else left, else right anyway (clipped, as when panning).
      if (rightFree && rightOf + width <= viewportWidth) x = rightOf;
      else if (leftOf >= 0 && free(leftOf - 2, top, leftOf + width + 2, bottom)) x = leftOf;
      else if (rightFree) x = rightOf;
      if (x === undefined) continue;
      boxes.push(x - 2, top, x + width + 2, bottom);
      const baseline = item.y + item.half * (2 / 3);
      context.lineJoin = "round";
      context.lineWidth = 4;
      context.strokeStyle = this.colors.background;
      context.strokeText(item.label, x, baseline);
      context.fillStyle = this.colors.label;
      context.fillText(item.label, x, baseline);
    }
  }
}

export function createLabelDrawers(layer: LabelLayer): LabelDrawers {
  const drawLabel: LabelDrawers["drawLabel"] = (context, data, settings) => {
    if (!data.label) return;
    const size = settings.labelSize;
    layer.queue({
      context,
      font: `${settings.labelWeight} ${size}px ${settings.labelFont}`,
      label: data.label,
      x: data.x,
      y: data.y,
      radius: data.size,
      half: size / 2,
      priority: (data.forceLabel ? 1_000 : 0) + data.size,
    });
  };

  const drawHover: LabelDrawers["drawHover"] = (context, data, settings) => {
    const colors = layer.colors;
    const size = settings.labelSize;
    context.font = `600 ${size}px ${settings.labelFont}`;
    const padding = 4;
    const radius = data.size + padding;
    context.fillStyle = colors.background;
    context.shadowOffsetX = 0;
    context.shadowOffsetY = 1;
    context.shadowBlur = 10;
    context.shadowColor = "rgba(0, 0, 0, 0.35)";
    context.beginPath();
    if (data.label) {
      const width = context.measureText(data.label).width + 12;
      const height = size + 2 * padding + 2;
      const left = data.x + data.size + 2;
      context.roundRect(left, data.y - height / 2, width, height, 6);
    }
    context.arc(data.x, data.y, radius, 0, Math.PI * 2);
    context.fill();
    context.shadowBlur = 0;
    context.shadowOffsetY = 0;
    if (data.label) {
      context.fillStyle = colors.label;
      context.fillText(data.label, data.x + data.size + 8, data.y + size / 3);
    }
  };

  return { drawLabel, drawHover };
}
