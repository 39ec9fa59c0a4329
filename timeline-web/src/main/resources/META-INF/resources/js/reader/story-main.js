// Story mode's own bundle (js/story.min.js): a slide needs none of the timeline page's axis and filters, and
// the timeline page none of this.
import { story } from './story.js';

story();
