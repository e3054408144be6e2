// The mail platform: queue in your transaction with enqueueEmail, then nudge the worker.
export {
  enqueueEmail,
  enqueueEmails,
  outboxInsert,
  outboxRow,
  InvalidEmailError,
  type Attachment,
  type EmailRequest,
} from "./enqueue";
export { nudgeMailWorker } from "./runner";
