import { useEffect, useRef, useState, type PointerEvent } from 'react';

export type PointerTool = 'none' | 'laser' | 'ink';

/**
 * A laser pointer and temporary ink over the stage. Nothing here is ever saved: the strokes live in
 * this component and are gone at the next stop or on "clear" (either changes `clearKey`). The canvas
 * itself stays mounted across stops: a new one would allocate a screen-sized bitmap at every step.
 */
export function Ink({ tool, clearKey }: { tool: PointerTool; clearKey: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [laser, setLaser] = useState<{ x: number; y: number } | null>(null);

  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const fit = () => {
      // Setting a canvas's size reallocates (and clears) it: only when the size did change.
      if (c.width !== c.clientWidth) c.width = c.clientWidth;
      if (c.height !== c.clientHeight) c.height = c.clientHeight;
    };
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(c);
    return () => ro.disconnect();
  }, []);
  useEffect(() => {
    const c = canvas.current;
    c?.getContext('2d')?.clearRect(0, 0, c.width, c.height);
    setLaser(null);
  }, [clearKey]);

  const at = (e: PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  return (
    <div className={`lesson-ink tool-${tool}`} data-testid="ink">
      <canvas
        ref={canvas}
        data-testid="ink-canvas"
        onPointerDown={(e) => {
          if (tool !== 'ink') return;
          drawing.current = true;
          e.currentTarget.setPointerCapture(e.pointerId);
          const ctx = e.currentTarget.getContext('2d');
          const p = at(e);
          if (!ctx) return;
          ctx.strokeStyle = '#e11d48';
          ctx.lineWidth = 5;
          ctx.lineCap = 'round';
          ctx.lineJoin = 'round';
          ctx.beginPath();
          ctx.moveTo(p.x, p.y);
        }}
        onPointerMove={(e) => {
          const p = at(e);
          if (tool === 'laser') setLaser(p);
          if (tool !== 'ink' || !drawing.current) return;
          const ctx = e.currentTarget.getContext('2d');
          ctx?.lineTo(p.x, p.y);
          ctx?.stroke();
        }}
        onPointerUp={() => (drawing.current = false)}
        onPointerLeave={() => setLaser(null)}
      />
      {tool === 'laser' && laser && <span className="laser-dot" data-testid="laser" style={{ left: laser.x, top: laser.y }} />}
    </div>
  );
}
