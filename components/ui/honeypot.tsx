import { HONEYPOT_FIELD } from "@/lib/platform/forms/honeypot";

/** A field people never see and bots fill in: a filled one gets the usual answer and nothing happens. */
export function Honeypot() {
  return (
    <div aria-hidden="true" className="absolute -left-[9999px] h-0 w-0 overflow-hidden">
      <label>
        Leave this empty
        <input type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" />
      </label>
    </div>
  );
}
