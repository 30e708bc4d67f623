/**
 * Types for `bottleneck/light.js`, the build of Bottleneck (without Redis clustering) that
 * @octokit/plugin-throttling itself loads; the package only types its main entry.
 */
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
