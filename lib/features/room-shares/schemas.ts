import { z } from "zod";
import { firstLink } from "./links";

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const plainText = (label: string, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.replace(/\r\n?/g, "\n").trim() : ""),
    z
      .string()
      .max(max, { message: `${label} can be at most ${max} characters.` })
      // Plain text only: the board and its messages are not for advertising.
      .superRefine((value, context) => {
        const link = firstLink(value);
        if (link)
          context.addIssue({
            code: "custom",
            message: `${label} cannot hold links or web addresses: remove “${link}” (if it is not a link, put a space after its full stop).`,
          });
      })
      .refine((value) => !CONTROL.test(value), { message: `${label} must be plain text.` }),
  );

const list = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Joining the board: the nights needed, offering or looking, and a short note. */
export const RoomShareSchema = z.object({
  nights: z.preprocess(
    list,
    z.array(z.iso.date({ message: "Choose nights of the edition." })).min(1, { message: "Choose at least one night." }),
  ),
  kind: z.enum(["offering", "looking"], { message: "Say whether you have a room to share or are looking for one." }),
  note: plainText("The note", 300).transform((value) => value || null),
});
export type RoomShareInput = z.output<typeof RoomShareSchema>;

/** A message to someone on the board; the sender agrees first that their address goes with it. */
export const RoomShareMessageSchema = z.object({
  body: plainText("The message", 1000).pipe(z.string().min(1, { message: "Write your message." })),
  shareAddress: z.literal("on", { message: "Tick the box: your address goes with the message, so they can answer." }),
});
