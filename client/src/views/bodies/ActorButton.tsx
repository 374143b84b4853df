// An actor's or body's name as a button: opens the network view on it. The hint (what the button does) is read
// from one element per view, `describedBy`.
interface Props {
  readonly actor: { readonly id: string; readonly name: string };
  readonly describedBy: string;
  readonly onOpen: (id: string) => void;
}

export function ActorButton({ actor, describedBy, onOpen }: Props) {
  return (
    <button
      type="button"
      className="bd-name"
      data-id={actor.id}
      aria-describedby={describedBy}
      onClick={() => onOpen(actor.id)}
    >
      {actor.name}
    </button>
  );
}
