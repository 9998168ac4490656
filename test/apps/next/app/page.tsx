export default function Home() {
  return <p>Four ways to show a story: pick one above.</p>;
}
