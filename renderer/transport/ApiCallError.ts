// TODO(renderer branch): import errorMessage from './errorMessage' directly and delete this file.
// Kept only so the renderer's many imports need not change while its folders are being moved.
export { errorMessage } from './errorMessage';
