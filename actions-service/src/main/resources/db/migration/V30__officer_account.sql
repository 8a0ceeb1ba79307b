-- Which person an officer's account is (issue 17). Ownership of an action follows this, never a name: the account
-- (issuer and subject of its tokens) is bound on its first change to the person its token's name and organisation
-- identify, and stays that person. One account per person and one person per account, so a second account presenting
-- the same name and organisation does not become them. No foreign key to person: an officer may be bound before any
-- action names them.
CREATE TABLE officer_account (
    issuer    text        NOT NULL,
    subject   text        NOT NULL,
    person_id uuid        NOT NULL UNIQUE,
    bound_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (issuer, subject)
);
