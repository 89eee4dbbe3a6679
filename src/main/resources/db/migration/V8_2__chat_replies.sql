-- Chat: a message may quote an earlier entry of its conversation by seq.
ALTER TABLE messages ADD COLUMN reply_to_seq BIGINT;
