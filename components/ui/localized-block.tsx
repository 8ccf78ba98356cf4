import type { LocalizedText } from "@/lib/db/localized";
import { FallbackNote } from "./fallback-note";

type Props = { value: LocalizedText; className?: string; prefix?: string; noteOnly?: boolean };

/** A text in whatever language it exists in: marked with its `lang`, with a visible note when it is a fallback. */
export function LocalizedBlock({ value, className, prefix, noteOnly }: Props) {
  if (noteOnly) return value.isFallback ? <FallbackNote locale={value.locale} /> : null;
  return (
    <div className={className}>
      <p>
        {prefix ? <span className="font-medium">{prefix} </span> : null}
        <span lang={value.locale}>{value.text}</span>
      </p>
      {value.isFallback ? <FallbackNote locale={value.locale} /> : null}
    </div>
  );
}
