export const inputClass =
  "mt-1 block w-full rounded border border-slate-500 px-2 py-1.5 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";
export const labelClass = "block text-sm font-semibold";
export const buttonClass = "rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";
export const secondaryButtonClass = "rounded border border-brand-700 px-3 py-1.5 text-brand-800 hover:bg-brand-50";
export const fieldsetClass = "mt-6 rounded border border-slate-300 p-4";
export const legendClass = "px-1 text-lg font-bold";
