"use client";

import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

type Labels = { zoomIn: string; zoomOut: string; reset: string; hint: string };
type View = { x: number; y: number; w: number; h: number };

const MAX_ZOOM = 8;

/**
 * Zoom and pan for a server-rendered SVG map (buttons, arrow keys, + and −, dragging) and a tooltip
 * with the name and count of the country under the pointer or focus. Without JavaScript the map is
 * shown whole and each country's title serves as its tooltip.
 */
export function MapEnhancer({ labels, children }: { labels: Labels; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const full = useRef<View | null>(null);
  const drag = useRef<{ x: number; y: number; view: View; moved: boolean } | null>(null);
  const [view, setView] = useState<View | null>(null);
  const [tip, setTip] = useState<{ text: string; x: number; y: number } | null>(null);

  useEffect(() => {
    const svg = box.current?.querySelector("svg");
    if (!svg) return;
    const [x, y, w, h] = (svg.getAttribute("viewBox") ?? "").split(/\s+/).map(Number);
    full.current = { x, y, w, h };
    setView(full.current);
  }, []);

  useEffect(() => {
    if (view) box.current?.querySelector("svg")?.setAttribute("viewBox", `${view.x} ${view.y} ${view.w} ${view.h}`);
  }, [view]);

  const clamp = (next: View): View => {
    const f = full.current!;
    const w = Math.min(f.w, Math.max(f.w / MAX_ZOOM, next.w));
    const h = (w / f.w) * f.h;
    return { w, h, x: Math.min(f.x + f.w - w, Math.max(f.x, next.x)), y: Math.min(f.y + f.h - h, Math.max(f.y, next.y)) };
  };
  const zoom = (factor: number) =>
    setView((v) => (v ? clamp({ w: v.w / factor, h: v.h / factor, x: v.x + (v.w - v.w / factor) / 2, y: v.y + (v.h - v.h / factor) / 2 }) : v));
  const pan = (dx: number, dy: number) => setView((v) => (v ? clamp({ ...v, x: v.x + dx * v.w, y: v.y + dy * v.h }) : v));

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, () => void> = {
      ArrowLeft: () => pan(-0.1, 0),
      ArrowRight: () => pan(0.1, 0),
      ArrowUp: () => pan(0, -0.1),
      ArrowDown: () => pan(0, 0.1),
      "+": () => zoom(1.5),
      "=": () => zoom(1.5),
      "-": () => zoom(1 / 1.5),
      "0": () => setView(full.current),
    };
    if (!view || !moves[event.key]) return;
    event.preventDefault();
    moves[event.key]();
  };

  const showTip = (target: EventTarget | null, x?: number, y?: number) => {
    const link = (target as Element | null)?.closest?.("a[aria-label]");
    const frame = box.current?.getBoundingClientRect();
    if (!link || !frame) return setTip(null);
    const mark = link.getBoundingClientRect();
    setTip({ text: link.getAttribute("aria-label") ?? "", x: (x ?? mark.left + mark.width / 2) - frame.left, y: (y ?? mark.top) - frame.top });
  };

  const button = "min-h-6 min-w-8 rounded border border-slate-500 bg-white px-2 py-0.5 text-sm text-slate-900 hover:bg-slate-100";
  return (
    <div
      ref={box}
      className="relative mt-2 touch-pan-y"
      onKeyDown={onKeyDown}
      onPointerOver={(event) => showTip(event.target, event.clientX, event.clientY)}
      onPointerMove={(event) => {
        if (drag.current && view) {
          const frame = box.current!.getBoundingClientRect();
          const dx = ((event.clientX - drag.current.x) / frame.width) * drag.current.view.w;
          const dy = ((event.clientY - drag.current.y) / frame.height) * drag.current.view.h;
          if (Math.abs(dx) + Math.abs(dy) > 2) drag.current.moved = true;
          setView(clamp({ ...drag.current.view, x: drag.current.view.x - dx, y: drag.current.view.y - dy }));
        } else showTip(event.target, event.clientX, event.clientY);
      }}
      onPointerDown={(event) => {
        if (view && full.current && view.w < full.current.w) drag.current = { x: event.clientX, y: event.clientY, view, moved: false };
      }}
      onPointerUp={() => setTimeout(() => (drag.current = null))}
      onClickCapture={(event) => {
        if (drag.current?.moved) event.preventDefault();
      }}
      onPointerLeave={() => {
        drag.current = null;
        setTip(null);
      }}
      onFocus={(event) => showTip(event.target)}
      onBlur={() => setTip(null)}
    >
      {view ? (
        <div className="absolute right-2 top-2 z-10 flex gap-1" role="group" aria-label={labels.hint}>
          <button type="button" className={button} onClick={() => zoom(1.5)} aria-label={labels.zoomIn} data-testid="map-zoom-in">
            +
          </button>
          <button type="button" className={button} onClick={() => zoom(1 / 1.5)} aria-label={labels.zoomOut}>
            −
          </button>
          <button type="button" className={button} onClick={() => setView(full.current)}>
            {labels.reset}
          </button>
        </div>
      ) : null}
      {children}
      {tip ? (
        <div
          aria-hidden="true"
          className="pointer-events-none absolute z-20 max-w-60 -translate-x-1/2 -translate-y-full rounded bg-slate-900 px-2 py-1 text-xs text-white shadow"
          style={{ left: tip.x, top: tip.y - 8 }}
          data-testid="map-tooltip"
        >
          {tip.text}
        </div>
      ) : null}
    </div>
  );
}
