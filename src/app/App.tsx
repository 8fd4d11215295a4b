export function App() {
  return <main><h1>预算透视</h1></main>;
}
