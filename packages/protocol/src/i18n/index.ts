export {
  formatMessage,
  parseMessage,
  messageArguments,
  pluralCategories,
  type MessageParams,
  type MessagePart,
} from './message-format';
export { catalogueFaults, catalogueMessages, type CatalogueFault } from './catalogue-check';
